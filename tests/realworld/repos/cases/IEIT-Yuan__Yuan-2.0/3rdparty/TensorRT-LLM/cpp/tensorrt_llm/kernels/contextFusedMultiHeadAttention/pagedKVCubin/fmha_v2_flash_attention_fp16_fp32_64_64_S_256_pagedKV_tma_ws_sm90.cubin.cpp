stub: upstream file of 1423566 bytes
