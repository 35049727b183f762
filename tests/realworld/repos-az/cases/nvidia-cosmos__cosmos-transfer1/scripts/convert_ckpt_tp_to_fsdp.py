stub: upstream file of 15269 bytes
