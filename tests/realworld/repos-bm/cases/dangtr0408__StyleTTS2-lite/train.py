stub: upstream file of 19636 bytes
