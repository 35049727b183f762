stub: upstream file of 21279 bytes
