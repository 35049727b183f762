stub: upstream file of 9423 bytes
