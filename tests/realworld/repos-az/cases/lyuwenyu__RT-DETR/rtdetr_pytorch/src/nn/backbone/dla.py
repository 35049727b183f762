stub: upstream file of 13509 bytes
