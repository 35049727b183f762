stub: upstream file of 17186 bytes
