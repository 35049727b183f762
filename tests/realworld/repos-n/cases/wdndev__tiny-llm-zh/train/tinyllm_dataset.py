stub: upstream file of 20917 bytes
