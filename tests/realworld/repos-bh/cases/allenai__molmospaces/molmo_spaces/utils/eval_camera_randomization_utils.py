stub: upstream file of 19732 bytes
