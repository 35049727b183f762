stub: upstream file of 8292 bytes
