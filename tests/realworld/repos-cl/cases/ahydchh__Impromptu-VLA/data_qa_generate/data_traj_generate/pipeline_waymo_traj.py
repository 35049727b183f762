stub: upstream file of 4553 bytes
