stub: upstream file of 86761 bytes
