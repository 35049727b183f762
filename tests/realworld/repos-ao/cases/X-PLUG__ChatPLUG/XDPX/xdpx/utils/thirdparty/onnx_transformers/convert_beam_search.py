stub: upstream file of 26665 bytes
