stub: upstream file of 5949 bytes
