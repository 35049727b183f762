stub: upstream file of 12537 bytes
