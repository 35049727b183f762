stub: upstream file of 13239 bytes
