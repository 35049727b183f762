stub: upstream file of 20976 bytes
