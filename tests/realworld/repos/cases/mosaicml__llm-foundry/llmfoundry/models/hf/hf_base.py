stub: upstream file of 24693 bytes
