stub: upstream file of 8829 bytes
