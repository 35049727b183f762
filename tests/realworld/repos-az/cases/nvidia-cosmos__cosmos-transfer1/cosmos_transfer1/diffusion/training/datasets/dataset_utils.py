stub: upstream file of 9058 bytes
