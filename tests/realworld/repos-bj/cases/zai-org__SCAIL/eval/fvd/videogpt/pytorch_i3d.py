stub: upstream file of 13385 bytes
