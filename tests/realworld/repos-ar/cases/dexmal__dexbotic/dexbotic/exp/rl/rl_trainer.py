stub: upstream file of 30496 bytes
