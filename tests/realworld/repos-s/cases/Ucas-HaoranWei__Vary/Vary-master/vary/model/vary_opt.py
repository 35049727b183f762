stub: upstream file of 14598 bytes
