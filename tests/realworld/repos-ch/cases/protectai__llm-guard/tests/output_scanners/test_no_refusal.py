stub: upstream file of 3282 bytes
