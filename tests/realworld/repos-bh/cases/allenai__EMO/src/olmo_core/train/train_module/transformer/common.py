stub: upstream file of 5941 bytes
