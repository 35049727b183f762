stub: upstream file of 70937 bytes
