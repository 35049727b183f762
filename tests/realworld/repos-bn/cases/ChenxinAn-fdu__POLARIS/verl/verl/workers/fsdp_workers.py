stub: upstream file of 66085 bytes
