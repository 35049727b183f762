stub: upstream file of 8137 bytes
