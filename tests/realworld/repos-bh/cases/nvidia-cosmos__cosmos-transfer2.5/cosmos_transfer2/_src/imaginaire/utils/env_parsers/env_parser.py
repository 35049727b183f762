stub: upstream file of 4353 bytes
