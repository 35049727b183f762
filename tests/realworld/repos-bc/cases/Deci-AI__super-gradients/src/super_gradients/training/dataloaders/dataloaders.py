stub: upstream file of 37886 bytes
