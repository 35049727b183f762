stub: upstream file of 11084 bytes
