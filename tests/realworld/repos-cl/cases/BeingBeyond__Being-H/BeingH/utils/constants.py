stub: upstream file of 5153 bytes
