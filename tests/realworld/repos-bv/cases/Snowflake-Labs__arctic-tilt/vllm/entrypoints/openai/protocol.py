stub: upstream file of 62903 bytes
