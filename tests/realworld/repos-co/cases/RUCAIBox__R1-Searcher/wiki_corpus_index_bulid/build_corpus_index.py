stub: upstream file of 1633 bytes
