stub: upstream file of 29656 bytes
