stub: upstream file of 23255 bytes
