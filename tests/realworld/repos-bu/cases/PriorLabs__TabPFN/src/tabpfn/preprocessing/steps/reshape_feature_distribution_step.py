stub: upstream file of 30635 bytes
