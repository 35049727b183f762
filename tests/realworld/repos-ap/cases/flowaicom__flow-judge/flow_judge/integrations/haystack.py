stub: upstream file of 8473 bytes
