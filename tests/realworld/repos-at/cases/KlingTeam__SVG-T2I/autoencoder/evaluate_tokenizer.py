stub: upstream file of 20382 bytes
