stub: upstream file of 1692 bytes
