stub: upstream file of 42345 bytes
