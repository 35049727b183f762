stub: upstream file of 22186 bytes
