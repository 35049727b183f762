stub: upstream file of 85931 bytes
