stub: upstream file of 105202 bytes
