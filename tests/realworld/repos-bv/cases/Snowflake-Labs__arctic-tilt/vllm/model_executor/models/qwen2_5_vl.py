stub: upstream file of 45951 bytes
