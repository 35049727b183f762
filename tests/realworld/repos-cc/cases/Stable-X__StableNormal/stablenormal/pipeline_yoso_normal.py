stub: upstream file of 34887 bytes
