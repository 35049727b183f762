stub: upstream file of 18165 bytes
