stub: upstream file of 5233 bytes
