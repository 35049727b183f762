stub: upstream file of 14917 bytes
