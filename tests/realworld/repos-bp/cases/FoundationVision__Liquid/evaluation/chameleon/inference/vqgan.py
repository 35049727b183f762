stub: upstream file of 21862 bytes
