stub: upstream file of 2107 bytes
