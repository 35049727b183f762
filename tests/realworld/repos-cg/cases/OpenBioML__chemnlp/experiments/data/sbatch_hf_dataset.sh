stub: upstream file of 916 bytes
