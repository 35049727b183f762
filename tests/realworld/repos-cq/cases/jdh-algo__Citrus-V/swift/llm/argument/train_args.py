stub: upstream file of 10602 bytes
