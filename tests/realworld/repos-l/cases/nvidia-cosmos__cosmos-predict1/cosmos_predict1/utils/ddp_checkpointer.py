stub: upstream file of 20518 bytes
