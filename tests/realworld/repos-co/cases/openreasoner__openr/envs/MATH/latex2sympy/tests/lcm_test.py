stub: upstream file of 9873 bytes
