stub: upstream file of 1597 bytes
