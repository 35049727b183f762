stub: upstream file of 7198 bytes
