stub: upstream file of 15615 bytes
