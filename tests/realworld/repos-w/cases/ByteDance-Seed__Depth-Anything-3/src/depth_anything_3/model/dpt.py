stub: upstream file of 17438 bytes
