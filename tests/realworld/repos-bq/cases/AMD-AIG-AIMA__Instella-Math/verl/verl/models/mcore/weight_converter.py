stub: upstream file of 7405 bytes
