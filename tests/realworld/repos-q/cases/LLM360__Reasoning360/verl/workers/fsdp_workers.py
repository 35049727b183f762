stub: upstream file of 79957 bytes
