stub: upstream file of 6076 bytes
