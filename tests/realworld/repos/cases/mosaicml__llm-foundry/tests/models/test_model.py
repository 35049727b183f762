stub: upstream file of 95672 bytes
