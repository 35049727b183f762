stub: upstream file of 9926 bytes
