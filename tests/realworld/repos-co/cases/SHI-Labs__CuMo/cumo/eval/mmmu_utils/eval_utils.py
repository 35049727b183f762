stub: upstream file of 9192 bytes
