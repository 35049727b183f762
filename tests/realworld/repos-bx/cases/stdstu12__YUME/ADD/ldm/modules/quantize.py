stub: upstream file of 18182 bytes
