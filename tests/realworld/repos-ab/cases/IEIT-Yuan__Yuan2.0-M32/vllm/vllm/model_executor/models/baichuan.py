stub: upstream file of 15970 bytes
