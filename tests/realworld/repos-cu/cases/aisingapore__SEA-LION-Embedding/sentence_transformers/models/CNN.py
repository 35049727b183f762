stub: upstream file of 2900 bytes
