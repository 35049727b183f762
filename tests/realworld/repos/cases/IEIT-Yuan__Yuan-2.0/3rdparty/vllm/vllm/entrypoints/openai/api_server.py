stub: upstream file of 30886 bytes
