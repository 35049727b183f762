stub: upstream file of 25106 bytes
