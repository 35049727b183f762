stub: upstream file of 34064 bytes
