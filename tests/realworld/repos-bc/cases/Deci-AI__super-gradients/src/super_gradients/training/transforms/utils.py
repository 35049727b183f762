stub: upstream file of 11200 bytes
