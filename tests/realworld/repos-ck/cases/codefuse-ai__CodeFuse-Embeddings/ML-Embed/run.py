stub: upstream file of 8093 bytes
