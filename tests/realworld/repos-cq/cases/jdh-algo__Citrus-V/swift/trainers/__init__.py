stub: upstream file of 2071 bytes
