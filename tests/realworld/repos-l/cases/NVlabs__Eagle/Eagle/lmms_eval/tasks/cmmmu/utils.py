stub: upstream file of 17232 bytes
