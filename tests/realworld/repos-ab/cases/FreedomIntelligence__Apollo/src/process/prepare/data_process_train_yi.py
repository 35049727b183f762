stub: upstream file of 12320 bytes
