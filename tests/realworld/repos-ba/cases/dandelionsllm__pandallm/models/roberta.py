stub: upstream file of 60063 bytes
