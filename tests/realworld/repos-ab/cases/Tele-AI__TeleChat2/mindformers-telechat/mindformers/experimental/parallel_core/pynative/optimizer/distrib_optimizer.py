stub: upstream file of 45170 bytes
