stub: upstream file of 51848 bytes
