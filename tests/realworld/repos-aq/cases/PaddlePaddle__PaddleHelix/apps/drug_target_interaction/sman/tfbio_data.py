stub: upstream file of 14249 bytes
