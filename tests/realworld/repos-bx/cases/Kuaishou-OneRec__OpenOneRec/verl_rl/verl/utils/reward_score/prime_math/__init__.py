stub: upstream file of 12521 bytes
