stub: upstream file of 20138 bytes
