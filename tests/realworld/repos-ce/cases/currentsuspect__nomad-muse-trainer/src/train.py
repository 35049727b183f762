stub: upstream file of 21438 bytes
