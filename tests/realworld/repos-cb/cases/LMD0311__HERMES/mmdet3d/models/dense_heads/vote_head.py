stub: upstream file of 28350 bytes
