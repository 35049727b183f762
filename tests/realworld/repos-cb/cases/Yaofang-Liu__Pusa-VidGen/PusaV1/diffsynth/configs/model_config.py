stub: upstream file of 53678 bytes
