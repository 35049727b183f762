stub: upstream file of 18898 bytes
