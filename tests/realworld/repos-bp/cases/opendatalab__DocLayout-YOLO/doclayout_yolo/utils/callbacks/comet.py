stub: upstream file of 13750 bytes
