stub: upstream file of 15094 bytes
