stub: upstream file of 29750 bytes
