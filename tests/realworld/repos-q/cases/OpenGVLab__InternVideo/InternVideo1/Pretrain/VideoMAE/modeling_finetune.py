stub: upstream file of 20019 bytes
