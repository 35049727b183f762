stub: upstream file of 69052 bytes
