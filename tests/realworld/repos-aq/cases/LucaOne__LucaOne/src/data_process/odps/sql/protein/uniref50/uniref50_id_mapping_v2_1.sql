stub: upstream file of 10419 bytes
