stub: upstream file of 29809 bytes
