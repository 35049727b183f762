stub: upstream file of 44330 bytes
