stub: upstream file of 42393 bytes
