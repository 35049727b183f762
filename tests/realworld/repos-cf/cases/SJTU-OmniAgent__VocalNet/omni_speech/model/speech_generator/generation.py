stub: upstream file of 30064 bytes
