stub: upstream file of 1699 bytes
