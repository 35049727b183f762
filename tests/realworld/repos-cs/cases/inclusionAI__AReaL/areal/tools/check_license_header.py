stub: upstream file of 1791 bytes
