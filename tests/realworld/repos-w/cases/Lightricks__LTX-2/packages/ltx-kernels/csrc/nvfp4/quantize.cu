stub: upstream file of 20182 bytes
