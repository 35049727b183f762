stub: upstream file of 24703 bytes
