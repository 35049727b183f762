stub: upstream file of 31190 bytes
