stub: upstream file of 17940 bytes
