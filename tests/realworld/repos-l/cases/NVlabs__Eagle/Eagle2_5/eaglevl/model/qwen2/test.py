stub: upstream file of 16323 bytes
