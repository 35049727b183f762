stub: upstream file of 6917 bytes
