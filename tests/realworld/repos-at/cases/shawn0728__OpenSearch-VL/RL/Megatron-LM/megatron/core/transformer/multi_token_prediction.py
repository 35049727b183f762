stub: upstream file of 39515 bytes
