stub: upstream file of 5955 bytes
