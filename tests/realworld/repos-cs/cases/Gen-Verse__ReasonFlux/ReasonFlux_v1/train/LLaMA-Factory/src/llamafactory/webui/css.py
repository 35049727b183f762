stub: upstream file of 1613 bytes
