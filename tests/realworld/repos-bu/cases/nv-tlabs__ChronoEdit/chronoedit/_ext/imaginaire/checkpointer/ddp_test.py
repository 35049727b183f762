stub: upstream file of 7889 bytes
