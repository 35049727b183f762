stub: upstream file of 13249 bytes
