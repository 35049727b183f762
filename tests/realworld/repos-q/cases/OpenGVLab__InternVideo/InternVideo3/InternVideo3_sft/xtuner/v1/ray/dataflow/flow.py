stub: upstream file of 19244 bytes
