stub: upstream file of 89668 bytes
