stub: upstream file of 12968 bytes
