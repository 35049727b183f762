stub: upstream file of 25331 bytes
