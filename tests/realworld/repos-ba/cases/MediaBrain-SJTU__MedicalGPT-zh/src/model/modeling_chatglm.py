stub: upstream file of 53014 bytes
