stub: upstream file of 45010 bytes
