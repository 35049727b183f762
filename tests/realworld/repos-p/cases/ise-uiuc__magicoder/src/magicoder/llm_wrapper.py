stub: upstream file of 18085 bytes
