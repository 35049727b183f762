stub: upstream file of 5443 bytes
