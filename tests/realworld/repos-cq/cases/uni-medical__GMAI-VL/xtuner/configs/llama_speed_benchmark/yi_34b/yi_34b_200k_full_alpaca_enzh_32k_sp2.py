stub: upstream file of 7515 bytes
