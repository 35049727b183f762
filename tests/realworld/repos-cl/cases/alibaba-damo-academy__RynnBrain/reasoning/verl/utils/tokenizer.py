stub: upstream file of 3422 bytes
