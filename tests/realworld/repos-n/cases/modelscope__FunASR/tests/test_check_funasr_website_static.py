stub: upstream file of 37762 bytes
