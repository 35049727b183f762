stub: upstream file of 10126 bytes
