stub: upstream file of 10049 bytes
