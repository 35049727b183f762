stub: upstream file of 16187 bytes
