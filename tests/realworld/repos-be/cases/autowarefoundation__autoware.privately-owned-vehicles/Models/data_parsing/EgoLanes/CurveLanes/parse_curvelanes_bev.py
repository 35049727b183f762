stub: upstream file of 23603 bytes
