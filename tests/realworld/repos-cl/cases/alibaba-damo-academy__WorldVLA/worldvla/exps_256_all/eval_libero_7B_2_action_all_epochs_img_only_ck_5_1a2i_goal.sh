stub: upstream file of 1855 bytes
