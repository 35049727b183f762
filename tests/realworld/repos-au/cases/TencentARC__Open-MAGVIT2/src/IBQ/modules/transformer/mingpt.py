stub: upstream file of 18033 bytes
