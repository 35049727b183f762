stub: upstream file of 5091 bytes
