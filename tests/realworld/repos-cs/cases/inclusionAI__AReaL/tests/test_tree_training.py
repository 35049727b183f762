stub: upstream file of 18608 bytes
