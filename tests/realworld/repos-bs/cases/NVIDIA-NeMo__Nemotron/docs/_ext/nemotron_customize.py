stub: upstream file of 17063 bytes
