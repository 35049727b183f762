stub: upstream file of 14077 bytes
