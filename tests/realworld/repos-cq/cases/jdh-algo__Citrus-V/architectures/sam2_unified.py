stub: upstream file of 15879 bytes
