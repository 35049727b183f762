stub: upstream file of 15154 bytes
