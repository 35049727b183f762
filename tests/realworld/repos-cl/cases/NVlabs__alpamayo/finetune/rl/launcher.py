stub: upstream file of 2887 bytes
