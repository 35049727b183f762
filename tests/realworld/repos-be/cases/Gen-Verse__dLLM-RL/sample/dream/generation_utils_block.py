stub: upstream file of 28162 bytes
