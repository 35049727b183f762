stub: upstream file of 46521 bytes
