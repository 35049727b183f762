stub: upstream file of 1703 bytes
