stub: upstream file of 8005 bytes
