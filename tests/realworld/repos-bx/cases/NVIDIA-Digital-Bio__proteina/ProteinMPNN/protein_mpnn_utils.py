stub: upstream file of 63491 bytes
