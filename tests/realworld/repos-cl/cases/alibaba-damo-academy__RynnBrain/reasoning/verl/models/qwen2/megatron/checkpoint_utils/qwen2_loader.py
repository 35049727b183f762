stub: upstream file of 14996 bytes
