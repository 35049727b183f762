stub: upstream file of 10532 bytes
