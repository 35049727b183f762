stub: upstream file of 14195 bytes
