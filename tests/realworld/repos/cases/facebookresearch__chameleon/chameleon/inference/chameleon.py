stub: upstream file of 21976 bytes
