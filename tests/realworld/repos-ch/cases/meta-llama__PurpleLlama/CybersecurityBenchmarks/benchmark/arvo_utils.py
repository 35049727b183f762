stub: upstream file of 58194 bytes
