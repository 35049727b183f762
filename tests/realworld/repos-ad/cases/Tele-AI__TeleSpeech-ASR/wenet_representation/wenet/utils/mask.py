stub: upstream file of 11123 bytes
