stub: upstream file of 1183 bytes
