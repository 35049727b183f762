stub: upstream file of 18664 bytes
