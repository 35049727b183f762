stub: upstream file of 82079 bytes
