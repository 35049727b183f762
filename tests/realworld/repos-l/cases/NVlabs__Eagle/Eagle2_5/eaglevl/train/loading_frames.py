stub: upstream file of 9104 bytes
