stub: upstream file of 10559 bytes
