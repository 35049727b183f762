stub: upstream file of 7647 bytes
