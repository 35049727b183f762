stub: upstream file of 3976 bytes
