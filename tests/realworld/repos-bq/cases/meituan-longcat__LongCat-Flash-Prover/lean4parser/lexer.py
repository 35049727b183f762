stub: upstream file of 88137 bytes
