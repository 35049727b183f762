stub: upstream file of 2043 bytes
