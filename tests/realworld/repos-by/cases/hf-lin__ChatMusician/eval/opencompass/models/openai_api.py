stub: upstream file of 11750 bytes
