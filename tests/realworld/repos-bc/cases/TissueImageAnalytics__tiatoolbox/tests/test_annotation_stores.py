stub: upstream file of 98266 bytes
