stub: upstream file of 465 bytes
