stub: upstream file of 29504 bytes
