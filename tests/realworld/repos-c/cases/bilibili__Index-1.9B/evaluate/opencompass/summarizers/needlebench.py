stub: upstream file of 31365 bytes
