stub: upstream file of 6806 bytes
