stub: upstream file of 7123 bytes
