stub: upstream file of 320 bytes
