stub: upstream file of 99940 bytes
