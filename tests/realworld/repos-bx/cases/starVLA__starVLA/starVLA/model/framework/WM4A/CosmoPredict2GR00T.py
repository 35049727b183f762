stub: upstream file of 10737 bytes
