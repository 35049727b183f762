stub: upstream file of 18613 bytes
