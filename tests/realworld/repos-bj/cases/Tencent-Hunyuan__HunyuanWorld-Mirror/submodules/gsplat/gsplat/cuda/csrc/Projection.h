stub: upstream file of 11791 bytes
