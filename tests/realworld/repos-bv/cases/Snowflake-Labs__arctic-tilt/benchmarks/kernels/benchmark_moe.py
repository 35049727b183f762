stub: upstream file of 24285 bytes
