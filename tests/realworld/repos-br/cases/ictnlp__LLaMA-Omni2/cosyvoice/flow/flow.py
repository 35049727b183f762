stub: upstream file of 10252 bytes
