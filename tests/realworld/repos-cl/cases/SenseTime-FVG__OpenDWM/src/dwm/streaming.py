stub: upstream file of 5064 bytes
