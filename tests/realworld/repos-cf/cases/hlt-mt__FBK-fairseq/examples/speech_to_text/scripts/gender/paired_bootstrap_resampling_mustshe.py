stub: upstream file of 12317 bytes
