stub: upstream file of 18991 bytes
