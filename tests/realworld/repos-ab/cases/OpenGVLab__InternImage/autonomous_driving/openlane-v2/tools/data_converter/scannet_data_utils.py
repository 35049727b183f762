stub: upstream file of 12704 bytes
