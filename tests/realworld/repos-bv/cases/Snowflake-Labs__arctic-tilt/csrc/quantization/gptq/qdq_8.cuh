stub: upstream file of 821 bytes
