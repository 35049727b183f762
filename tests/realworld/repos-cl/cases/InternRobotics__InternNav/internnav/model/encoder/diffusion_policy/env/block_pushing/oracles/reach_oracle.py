stub: upstream file of 2422 bytes
