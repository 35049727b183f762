stub: upstream file of 16283 bytes
