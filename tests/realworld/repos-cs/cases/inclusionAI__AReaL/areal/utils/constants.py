stub: upstream file of 3426 bytes
