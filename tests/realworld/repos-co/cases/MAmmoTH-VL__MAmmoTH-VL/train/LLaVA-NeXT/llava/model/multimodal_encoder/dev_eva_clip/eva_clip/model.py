stub: upstream file of 17221 bytes
