stub: upstream file of 22600 bytes
