stub: upstream file of 2084 bytes
