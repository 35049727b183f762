stub: upstream file of 10927 bytes
