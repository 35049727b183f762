stub: upstream file of 1446 bytes
