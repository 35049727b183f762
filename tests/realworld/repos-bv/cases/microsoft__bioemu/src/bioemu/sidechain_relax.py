stub: upstream file of 11159 bytes
