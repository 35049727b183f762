stub: upstream file of 29871 bytes
