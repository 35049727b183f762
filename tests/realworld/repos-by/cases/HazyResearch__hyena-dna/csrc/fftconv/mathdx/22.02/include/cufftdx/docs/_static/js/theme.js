stub: upstream file of 5023 bytes
