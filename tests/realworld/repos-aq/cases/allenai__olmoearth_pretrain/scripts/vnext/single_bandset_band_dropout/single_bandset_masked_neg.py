stub: upstream file of 44922 bytes
