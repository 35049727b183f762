stub: upstream file of 9612 bytes
