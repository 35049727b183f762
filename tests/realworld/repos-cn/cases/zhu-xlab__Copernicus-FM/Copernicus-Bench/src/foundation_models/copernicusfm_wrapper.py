stub: upstream file of 19623 bytes
