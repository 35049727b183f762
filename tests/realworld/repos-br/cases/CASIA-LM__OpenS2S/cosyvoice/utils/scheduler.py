stub: upstream file of 24940 bytes
