stub: upstream file of 14976 bytes
