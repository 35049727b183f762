stub: upstream file of 1577 bytes
