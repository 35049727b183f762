stub: upstream file of 17057 bytes
