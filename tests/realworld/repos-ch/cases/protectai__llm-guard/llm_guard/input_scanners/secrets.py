stub: upstream file of 16611 bytes
