stub: upstream file of 48064 bytes
