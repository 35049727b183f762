stub: upstream file of 47182 bytes
