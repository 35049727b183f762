stub: upstream file of 2076 bytes
