stub: upstream file of 25919 bytes
