stub: upstream file of 30253 bytes
