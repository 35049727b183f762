stub: upstream file of 23647 bytes
