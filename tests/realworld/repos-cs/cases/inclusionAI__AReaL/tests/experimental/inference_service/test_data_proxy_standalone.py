stub: upstream file of 9069 bytes
