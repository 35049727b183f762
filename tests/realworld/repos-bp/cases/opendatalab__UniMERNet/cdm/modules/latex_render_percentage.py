stub: upstream file of 3135 bytes
