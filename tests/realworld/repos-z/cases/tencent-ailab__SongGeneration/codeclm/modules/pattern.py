stub: upstream file of 19262 bytes
