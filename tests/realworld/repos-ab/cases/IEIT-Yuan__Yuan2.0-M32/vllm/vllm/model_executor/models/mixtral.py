stub: upstream file of 18027 bytes
