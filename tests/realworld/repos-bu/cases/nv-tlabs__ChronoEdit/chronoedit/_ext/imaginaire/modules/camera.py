stub: upstream file of 29253 bytes
