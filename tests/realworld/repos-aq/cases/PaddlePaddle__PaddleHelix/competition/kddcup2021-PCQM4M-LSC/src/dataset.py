stub: upstream file of 20901 bytes
