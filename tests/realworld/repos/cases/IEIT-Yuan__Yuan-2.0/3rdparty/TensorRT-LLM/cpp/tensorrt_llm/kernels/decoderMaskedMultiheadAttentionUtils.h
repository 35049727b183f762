stub: upstream file of 107002 bytes
