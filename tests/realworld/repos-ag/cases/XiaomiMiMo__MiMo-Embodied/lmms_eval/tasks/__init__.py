stub: upstream file of 24961 bytes
