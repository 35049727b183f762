stub: upstream file of 7533 bytes
