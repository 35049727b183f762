stub: upstream file of 1741 bytes
