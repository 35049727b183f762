stub: upstream file of 81704 bytes
