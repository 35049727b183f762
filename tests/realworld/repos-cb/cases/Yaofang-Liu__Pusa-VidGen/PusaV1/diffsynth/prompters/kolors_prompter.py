stub: upstream file of 14110 bytes
