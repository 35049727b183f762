stub: upstream file of 11004 bytes
