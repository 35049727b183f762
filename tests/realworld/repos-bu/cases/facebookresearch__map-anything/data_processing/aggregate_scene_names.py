stub: upstream file of 24565 bytes
