stub: upstream file of 4537 bytes
