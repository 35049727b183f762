stub: upstream file of 10898 bytes
