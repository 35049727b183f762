stub: upstream file of 8959 bytes
