stub: upstream file of 22693 bytes
