stub: upstream file of 10029 bytes
