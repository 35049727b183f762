stub: upstream file of 21914 bytes
