stub: upstream file of 1641 bytes
