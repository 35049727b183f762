stub: upstream file of 89539 bytes
