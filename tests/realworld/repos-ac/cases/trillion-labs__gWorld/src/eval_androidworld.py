stub: upstream file of 46610 bytes
