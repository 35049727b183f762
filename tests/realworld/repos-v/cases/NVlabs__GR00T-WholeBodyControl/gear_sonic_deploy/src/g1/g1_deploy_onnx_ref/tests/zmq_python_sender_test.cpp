stub: upstream file of 17550 bytes
