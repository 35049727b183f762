stub: upstream file of 7817 bytes
