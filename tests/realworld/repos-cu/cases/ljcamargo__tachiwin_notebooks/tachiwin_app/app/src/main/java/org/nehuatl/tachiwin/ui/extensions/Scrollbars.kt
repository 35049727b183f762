stub: upstream file of 10012 bytes
