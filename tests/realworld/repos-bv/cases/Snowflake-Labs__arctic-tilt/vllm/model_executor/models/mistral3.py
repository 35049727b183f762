stub: upstream file of 24969 bytes
