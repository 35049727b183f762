stub: upstream file of 18057 bytes
