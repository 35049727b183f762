stub: upstream file of 30469 bytes
