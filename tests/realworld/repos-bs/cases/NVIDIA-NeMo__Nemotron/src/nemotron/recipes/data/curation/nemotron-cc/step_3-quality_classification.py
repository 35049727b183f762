stub: upstream file of 18656 bytes
