stub: upstream file of 3382 bytes
