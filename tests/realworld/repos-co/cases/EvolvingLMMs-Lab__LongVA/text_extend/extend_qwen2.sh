stub: upstream file of 610 bytes
