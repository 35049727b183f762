stub: upstream file of 10286 bytes
