stub: upstream file of 10408 bytes
