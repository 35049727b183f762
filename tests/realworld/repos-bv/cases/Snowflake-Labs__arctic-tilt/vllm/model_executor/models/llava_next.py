stub: upstream file of 24085 bytes
