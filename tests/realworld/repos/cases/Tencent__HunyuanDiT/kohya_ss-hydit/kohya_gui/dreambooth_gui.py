stub: upstream file of 40545 bytes
