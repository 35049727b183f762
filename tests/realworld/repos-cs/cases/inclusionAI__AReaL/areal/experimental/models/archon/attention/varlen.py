stub: upstream file of 10452 bytes
