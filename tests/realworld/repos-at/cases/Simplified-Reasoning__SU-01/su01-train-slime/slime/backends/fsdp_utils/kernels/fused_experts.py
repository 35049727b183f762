stub: upstream file of 13522 bytes
