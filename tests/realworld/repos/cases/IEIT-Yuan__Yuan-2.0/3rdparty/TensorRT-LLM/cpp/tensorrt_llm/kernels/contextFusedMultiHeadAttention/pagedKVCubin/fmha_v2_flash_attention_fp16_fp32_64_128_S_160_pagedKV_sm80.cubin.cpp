stub: upstream file of 1023031 bytes
