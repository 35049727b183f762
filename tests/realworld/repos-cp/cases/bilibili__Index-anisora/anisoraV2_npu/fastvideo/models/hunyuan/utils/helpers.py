stub: upstream file of 943 bytes
