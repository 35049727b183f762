stub: upstream file of 13982 bytes
