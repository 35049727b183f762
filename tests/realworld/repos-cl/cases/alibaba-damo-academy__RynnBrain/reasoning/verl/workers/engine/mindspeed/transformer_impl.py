stub: upstream file of 1676 bytes
