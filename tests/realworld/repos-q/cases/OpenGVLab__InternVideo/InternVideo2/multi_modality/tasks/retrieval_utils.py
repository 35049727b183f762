stub: upstream file of 55152 bytes
