stub: upstream file of 48391 bytes
