stub: upstream file of 106186 bytes
