stub: upstream file of 38535 bytes
