stub: upstream file of 27100 bytes
