stub: upstream file of 42064 bytes
