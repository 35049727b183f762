stub: upstream file of 21989 bytes
