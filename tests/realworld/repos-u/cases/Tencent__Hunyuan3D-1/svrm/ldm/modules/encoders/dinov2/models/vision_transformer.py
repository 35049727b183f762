stub: upstream file of 15848 bytes
