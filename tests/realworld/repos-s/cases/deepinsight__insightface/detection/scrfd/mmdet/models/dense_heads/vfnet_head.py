stub: upstream file of 35403 bytes
