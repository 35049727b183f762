stub: upstream file of 5057 bytes
