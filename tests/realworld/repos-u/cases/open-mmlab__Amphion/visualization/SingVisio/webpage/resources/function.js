stub: upstream file of 96269 bytes
