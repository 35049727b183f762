stub: upstream file of 3473 bytes
