stub: upstream file of 1624 bytes
