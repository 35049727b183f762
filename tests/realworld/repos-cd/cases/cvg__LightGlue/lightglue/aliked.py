stub: upstream file of 26803 bytes
