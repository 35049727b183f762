stub: upstream file of 14123 bytes
