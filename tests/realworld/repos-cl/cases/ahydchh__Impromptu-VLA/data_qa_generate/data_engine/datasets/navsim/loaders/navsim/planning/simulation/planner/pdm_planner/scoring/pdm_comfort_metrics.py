stub: upstream file of 13410 bytes
