stub: upstream file of 78269 bytes
