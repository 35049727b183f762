stub: upstream file of 11793 bytes
