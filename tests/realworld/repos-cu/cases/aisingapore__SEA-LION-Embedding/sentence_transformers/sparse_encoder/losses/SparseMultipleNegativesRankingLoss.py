stub: upstream file of 5626 bytes
