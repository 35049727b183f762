stub: upstream file of 42403 bytes
