stub: upstream file of 67557 bytes
