stub: upstream file of 1689 bytes
