stub: upstream file of 10552 bytes
