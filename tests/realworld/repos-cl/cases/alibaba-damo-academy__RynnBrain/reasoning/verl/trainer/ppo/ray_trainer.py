stub: upstream file of 65052 bytes
