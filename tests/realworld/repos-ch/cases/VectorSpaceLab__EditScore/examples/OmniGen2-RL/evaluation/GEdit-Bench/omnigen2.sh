stub: upstream file of 2906 bytes
