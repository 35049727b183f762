stub: upstream file of 15955 bytes
