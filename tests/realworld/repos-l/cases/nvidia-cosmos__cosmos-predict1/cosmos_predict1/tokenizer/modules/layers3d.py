stub: upstream file of 33028 bytes
