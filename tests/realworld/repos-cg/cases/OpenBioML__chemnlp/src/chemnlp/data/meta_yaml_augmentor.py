stub: upstream file of 8989 bytes
