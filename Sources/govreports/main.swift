print("govreports: under construction")
