stub: upstream file of 39064 bytes
