stub: upstream file of 6064 bytes
