stub: upstream file of 16602 bytes
