stub: upstream file of 60043 bytes
