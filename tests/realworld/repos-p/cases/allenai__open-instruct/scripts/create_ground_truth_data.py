stub: upstream file of 11216 bytes
