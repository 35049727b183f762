stub: upstream file of 25607 bytes
