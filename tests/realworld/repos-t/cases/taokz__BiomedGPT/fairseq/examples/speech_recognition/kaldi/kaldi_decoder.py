stub: upstream file of 8265 bytes
