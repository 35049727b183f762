stub: upstream file of 16699 bytes
