stub: upstream file of 18526 bytes
