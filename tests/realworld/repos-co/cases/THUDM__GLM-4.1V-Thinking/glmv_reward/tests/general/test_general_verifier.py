stub: upstream file of 17608 bytes
