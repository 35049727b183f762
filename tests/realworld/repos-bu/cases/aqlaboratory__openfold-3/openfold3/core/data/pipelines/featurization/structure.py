stub: upstream file of 8960 bytes
