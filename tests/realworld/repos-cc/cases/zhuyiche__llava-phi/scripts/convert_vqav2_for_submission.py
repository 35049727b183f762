stub: upstream file of 11898 bytes
