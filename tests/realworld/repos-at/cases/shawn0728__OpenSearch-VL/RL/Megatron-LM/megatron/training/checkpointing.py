stub: upstream file of 81260 bytes
