stub: upstream file of 1148 bytes
