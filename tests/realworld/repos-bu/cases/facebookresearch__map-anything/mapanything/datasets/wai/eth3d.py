stub: upstream file of 10040 bytes
