stub: upstream file of 9693 bytes
