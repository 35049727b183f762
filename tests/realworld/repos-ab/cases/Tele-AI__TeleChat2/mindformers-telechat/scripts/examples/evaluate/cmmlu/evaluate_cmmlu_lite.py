stub: upstream file of 14989 bytes
