stub: upstream file of 12812 bytes
