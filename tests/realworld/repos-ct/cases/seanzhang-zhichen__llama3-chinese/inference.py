stub: upstream file of 1064 bytes
