stub: upstream file of 10806 bytes
