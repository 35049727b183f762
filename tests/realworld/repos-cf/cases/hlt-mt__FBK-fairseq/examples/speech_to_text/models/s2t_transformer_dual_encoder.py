stub: upstream file of 13725 bytes
