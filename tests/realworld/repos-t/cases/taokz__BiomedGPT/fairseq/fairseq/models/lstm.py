stub: upstream file of 30535 bytes
