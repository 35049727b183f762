stub: upstream file of 33537 bytes
