stub: upstream file of 8976 bytes
