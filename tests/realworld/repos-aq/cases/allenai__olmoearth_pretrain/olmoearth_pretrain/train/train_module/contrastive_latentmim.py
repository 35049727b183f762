stub: upstream file of 14352 bytes
