stub: upstream file of 32356 bytes
