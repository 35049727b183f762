stub: upstream file of 23462 bytes
