stub: upstream file of 6194 bytes
