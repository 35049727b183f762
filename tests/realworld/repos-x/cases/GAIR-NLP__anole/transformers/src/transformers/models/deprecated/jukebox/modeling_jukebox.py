stub: upstream file of 119471 bytes
