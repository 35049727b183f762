stub: upstream file of 13525 bytes
