stub: upstream file of 25557 bytes
