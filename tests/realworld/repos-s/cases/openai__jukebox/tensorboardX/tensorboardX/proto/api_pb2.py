stub: upstream file of 48475 bytes
