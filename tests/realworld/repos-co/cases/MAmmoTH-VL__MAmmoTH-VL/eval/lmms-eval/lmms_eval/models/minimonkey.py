stub: upstream file of 15138 bytes
