stub: upstream file of 20206 bytes
