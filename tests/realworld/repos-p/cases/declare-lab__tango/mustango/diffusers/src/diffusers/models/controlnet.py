stub: upstream file of 25027 bytes
