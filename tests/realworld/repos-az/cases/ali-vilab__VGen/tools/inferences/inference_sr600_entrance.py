stub: upstream file of 12064 bytes
