stub: upstream file of 38320 bytes
