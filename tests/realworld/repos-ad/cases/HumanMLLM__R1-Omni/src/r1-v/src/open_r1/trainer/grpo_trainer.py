stub: upstream file of 34052 bytes
