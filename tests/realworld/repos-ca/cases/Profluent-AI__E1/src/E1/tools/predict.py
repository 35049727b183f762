stub: upstream file of 3489 bytes
