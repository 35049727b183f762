stub: upstream file of 17161 bytes
