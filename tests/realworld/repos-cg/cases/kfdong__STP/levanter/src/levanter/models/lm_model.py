stub: upstream file of 4434 bytes
