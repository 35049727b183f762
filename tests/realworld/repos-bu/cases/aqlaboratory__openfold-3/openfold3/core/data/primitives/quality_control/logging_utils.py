stub: upstream file of 20035 bytes
