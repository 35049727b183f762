stub: upstream file of 1476 bytes
