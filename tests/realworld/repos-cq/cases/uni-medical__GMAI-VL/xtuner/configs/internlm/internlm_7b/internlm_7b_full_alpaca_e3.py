stub: upstream file of 6540 bytes
