stub: upstream file of 1626 bytes
