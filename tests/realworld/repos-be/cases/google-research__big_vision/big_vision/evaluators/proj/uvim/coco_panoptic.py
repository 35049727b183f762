stub: upstream file of 11064 bytes
