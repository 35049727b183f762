stub: upstream file of 17919 bytes
