stub: upstream file of 26484 bytes
