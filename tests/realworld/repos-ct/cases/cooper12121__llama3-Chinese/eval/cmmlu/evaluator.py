stub: upstream file of 1587 bytes
