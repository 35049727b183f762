stub: upstream file of 8064 bytes
