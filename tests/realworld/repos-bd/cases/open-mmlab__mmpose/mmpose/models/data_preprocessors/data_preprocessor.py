stub: upstream file of 5790 bytes
