stub: upstream file of 385064 bytes
