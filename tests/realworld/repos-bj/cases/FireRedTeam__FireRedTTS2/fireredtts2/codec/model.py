stub: upstream file of 12940 bytes
