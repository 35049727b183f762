stub: upstream file of 38545 bytes
