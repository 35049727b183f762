stub: upstream file of 41459 bytes
