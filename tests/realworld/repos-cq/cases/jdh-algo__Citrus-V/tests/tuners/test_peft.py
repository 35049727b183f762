stub: upstream file of 7791 bytes
