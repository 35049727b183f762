stub: upstream file of 33994 bytes
