stub: upstream file of 12996 bytes
