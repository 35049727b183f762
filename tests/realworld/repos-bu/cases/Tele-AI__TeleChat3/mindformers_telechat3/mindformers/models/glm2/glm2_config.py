stub: upstream file of 13916 bytes
