stub: upstream file of 9444 bytes
