stub: upstream file of 20808 bytes
