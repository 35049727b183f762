stub: upstream file of 1218 bytes
