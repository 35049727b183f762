stub: upstream file of 4720 bytes
