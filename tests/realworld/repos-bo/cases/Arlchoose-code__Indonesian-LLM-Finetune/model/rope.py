stub: upstream file of 4095 bytes
