stub: upstream file of 5940 bytes
