stub: upstream file of 62679 bytes
