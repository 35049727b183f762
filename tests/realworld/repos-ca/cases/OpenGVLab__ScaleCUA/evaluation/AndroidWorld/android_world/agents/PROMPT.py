stub: upstream file of 54768 bytes
