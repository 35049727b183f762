stub: upstream file of 2615 bytes
