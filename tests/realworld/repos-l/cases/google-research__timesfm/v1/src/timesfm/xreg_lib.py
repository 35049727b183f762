stub: upstream file of 20639 bytes
