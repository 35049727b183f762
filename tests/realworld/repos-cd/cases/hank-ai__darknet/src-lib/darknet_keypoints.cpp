stub: upstream file of 12522 bytes
