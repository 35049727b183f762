stub: upstream file of 37901 bytes
