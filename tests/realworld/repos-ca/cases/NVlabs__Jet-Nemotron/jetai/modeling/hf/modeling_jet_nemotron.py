stub: upstream file of 48572 bytes
