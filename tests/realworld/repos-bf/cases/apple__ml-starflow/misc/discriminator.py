stub: upstream file of 14537 bytes
