stub: upstream file of 1103 bytes
