stub: upstream file of 72360 bytes
