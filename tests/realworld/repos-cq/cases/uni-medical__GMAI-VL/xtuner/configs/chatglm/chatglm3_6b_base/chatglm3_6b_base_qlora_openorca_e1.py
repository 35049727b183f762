stub: upstream file of 7085 bytes
