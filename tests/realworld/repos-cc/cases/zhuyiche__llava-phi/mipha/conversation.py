stub: upstream file of 10935 bytes
