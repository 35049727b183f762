stub: upstream file of 20214 bytes
