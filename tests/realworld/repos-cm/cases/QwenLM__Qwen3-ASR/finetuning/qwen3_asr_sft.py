stub: upstream file of 10887 bytes
