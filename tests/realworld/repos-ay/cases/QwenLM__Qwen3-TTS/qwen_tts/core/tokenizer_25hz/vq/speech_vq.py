stub: upstream file of 14833 bytes
