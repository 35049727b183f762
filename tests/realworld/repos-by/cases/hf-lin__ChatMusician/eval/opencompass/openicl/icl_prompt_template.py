stub: upstream file of 10883 bytes
