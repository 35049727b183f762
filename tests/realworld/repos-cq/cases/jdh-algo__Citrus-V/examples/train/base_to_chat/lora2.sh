stub: upstream file of 1059 bytes
