stub: upstream file of 10480 bytes
