stub: upstream file of 9427 bytes
