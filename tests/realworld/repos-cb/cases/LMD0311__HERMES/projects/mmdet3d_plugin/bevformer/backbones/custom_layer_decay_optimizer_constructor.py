stub: upstream file of 9681 bytes
