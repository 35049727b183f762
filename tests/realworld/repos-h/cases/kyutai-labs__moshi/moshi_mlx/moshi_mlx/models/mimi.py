stub: upstream file of 8157 bytes
