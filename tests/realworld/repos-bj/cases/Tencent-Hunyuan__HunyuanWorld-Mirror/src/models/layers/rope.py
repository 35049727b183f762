stub: upstream file of 7479 bytes
