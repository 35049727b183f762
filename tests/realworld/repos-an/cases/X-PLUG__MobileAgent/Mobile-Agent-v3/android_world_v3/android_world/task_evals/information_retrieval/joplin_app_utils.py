stub: upstream file of 67356 bytes
