stub: upstream file of 6962 bytes
