stub: upstream file of 11674 bytes
