stub: upstream file of 14323 bytes
