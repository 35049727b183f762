stub: upstream file of 17017 bytes
