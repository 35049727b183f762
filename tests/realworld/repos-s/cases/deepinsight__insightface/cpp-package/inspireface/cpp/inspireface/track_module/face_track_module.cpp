stub: upstream file of 25287 bytes
