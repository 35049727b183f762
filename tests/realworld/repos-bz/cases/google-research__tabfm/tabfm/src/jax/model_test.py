stub: upstream file of 29566 bytes
