stub: upstream file of 25898 bytes
