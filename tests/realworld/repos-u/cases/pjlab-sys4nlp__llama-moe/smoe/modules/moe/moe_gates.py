stub: upstream file of 18989 bytes
