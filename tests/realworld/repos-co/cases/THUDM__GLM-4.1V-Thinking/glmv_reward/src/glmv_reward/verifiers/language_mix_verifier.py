stub: upstream file of 1146 bytes
