stub: upstream file of 31134 bytes
