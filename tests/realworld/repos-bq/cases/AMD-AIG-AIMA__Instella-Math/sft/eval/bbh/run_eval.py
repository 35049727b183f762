stub: upstream file of 13259 bytes
