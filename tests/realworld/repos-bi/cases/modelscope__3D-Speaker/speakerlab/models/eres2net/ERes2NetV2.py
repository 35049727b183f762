stub: upstream file of 9736 bytes
