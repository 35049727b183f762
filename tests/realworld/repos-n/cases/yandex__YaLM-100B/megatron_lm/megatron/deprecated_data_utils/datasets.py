stub: upstream file of 32704 bytes
