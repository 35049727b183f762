stub: upstream file of 9486 bytes
