stub: upstream file of 10994 bytes
