stub: upstream file of 13074 bytes
