stub: upstream file of 1241 bytes
