stub: upstream file of 30146 bytes
