stub: upstream file of 18076 bytes
