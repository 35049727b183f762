stub: upstream file of 16825 bytes
