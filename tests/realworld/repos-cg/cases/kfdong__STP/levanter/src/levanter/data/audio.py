stub: upstream file of 16583 bytes
