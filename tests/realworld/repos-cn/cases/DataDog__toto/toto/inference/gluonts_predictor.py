stub: upstream file of 18745 bytes
