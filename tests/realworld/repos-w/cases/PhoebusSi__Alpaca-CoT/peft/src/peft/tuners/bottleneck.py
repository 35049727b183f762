stub: upstream file of 25792 bytes
