stub: upstream file of 7064 bytes
