stub: upstream file of 11167 bytes
