stub: upstream file of 4085 bytes
