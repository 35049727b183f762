stub: upstream file of 1573 bytes
