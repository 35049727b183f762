stub: upstream file of 17066 bytes
