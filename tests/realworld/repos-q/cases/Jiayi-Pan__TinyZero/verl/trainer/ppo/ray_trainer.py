stub: upstream file of 32639 bytes
