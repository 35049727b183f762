stub: upstream file of 9345 bytes
