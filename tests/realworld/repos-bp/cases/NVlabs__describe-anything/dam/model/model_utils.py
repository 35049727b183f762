stub: upstream file of 4480 bytes
