stub: upstream file of 50236 bytes
