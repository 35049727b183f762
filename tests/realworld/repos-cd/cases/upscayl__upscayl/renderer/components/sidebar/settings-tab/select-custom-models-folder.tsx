stub: upstream file of 1656 bytes
