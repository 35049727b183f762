stub: upstream file of 7547 bytes
