stub: upstream file of 5052 bytes
