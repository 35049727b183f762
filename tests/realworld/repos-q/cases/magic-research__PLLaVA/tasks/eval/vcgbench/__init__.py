stub: upstream file of 21064 bytes
