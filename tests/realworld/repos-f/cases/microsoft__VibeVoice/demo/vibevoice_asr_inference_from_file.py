stub: upstream file of 20608 bytes
