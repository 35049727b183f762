stub: upstream file of 5423 bytes
