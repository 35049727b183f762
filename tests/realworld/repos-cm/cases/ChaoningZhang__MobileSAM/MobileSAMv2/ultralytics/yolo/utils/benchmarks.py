stub: upstream file of 15878 bytes
