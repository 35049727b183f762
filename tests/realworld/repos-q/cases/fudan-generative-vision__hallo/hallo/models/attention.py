stub: upstream file of 40117 bytes
