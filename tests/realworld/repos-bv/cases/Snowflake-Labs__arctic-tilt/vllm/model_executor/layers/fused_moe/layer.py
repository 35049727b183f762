stub: upstream file of 40328 bytes
