stub: upstream file of 356222 bytes
