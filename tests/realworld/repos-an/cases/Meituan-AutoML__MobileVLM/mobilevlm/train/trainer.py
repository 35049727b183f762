stub: upstream file of 11941 bytes
