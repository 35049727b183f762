stub: upstream file of 1376 bytes
