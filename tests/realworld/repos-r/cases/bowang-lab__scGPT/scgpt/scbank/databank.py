stub: upstream file of 29599 bytes
