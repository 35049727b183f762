stub: upstream file of 7117 bytes
