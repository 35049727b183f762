stub: upstream file of 1170 bytes
