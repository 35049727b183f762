stub: upstream file of 17074 bytes
