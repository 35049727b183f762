stub: upstream file of 20143 bytes
