stub: upstream file of 20037 bytes
