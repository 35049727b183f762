stub: upstream file of 8704 bytes
