stub: upstream file of 25364 bytes
