stub: upstream file of 14484 bytes
