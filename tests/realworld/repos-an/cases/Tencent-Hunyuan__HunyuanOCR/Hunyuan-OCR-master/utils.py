stub: upstream file of 7991 bytes
