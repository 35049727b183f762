stub: upstream file of 26016 bytes
