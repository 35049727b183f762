stub: upstream file of 10337 bytes
