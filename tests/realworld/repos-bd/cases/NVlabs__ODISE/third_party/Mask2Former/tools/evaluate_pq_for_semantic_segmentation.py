stub: upstream file of 9706 bytes
