stub: upstream file of 14903 bytes
