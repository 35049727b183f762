stub: upstream file of 4994 bytes
