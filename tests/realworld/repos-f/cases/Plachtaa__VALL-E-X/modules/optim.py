stub: upstream file of 42932 bytes
