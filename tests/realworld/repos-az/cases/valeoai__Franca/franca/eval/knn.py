stub: upstream file of 14432 bytes
