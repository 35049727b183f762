stub: upstream file of 6460 bytes
