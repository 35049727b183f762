stub: upstream file of 20155 bytes
