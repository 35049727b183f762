stub: upstream file of 22064 bytes
