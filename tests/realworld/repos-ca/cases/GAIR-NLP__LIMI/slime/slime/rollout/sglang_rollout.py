stub: upstream file of 15249 bytes
