stub: upstream file of 16052 bytes
