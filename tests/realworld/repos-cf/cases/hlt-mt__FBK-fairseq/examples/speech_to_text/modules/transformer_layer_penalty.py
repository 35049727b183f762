stub: upstream file of 1714 bytes
