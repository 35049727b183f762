stub: upstream file of 1511 bytes
