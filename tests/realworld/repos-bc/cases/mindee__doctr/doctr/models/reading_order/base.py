stub: upstream file of 32170 bytes
