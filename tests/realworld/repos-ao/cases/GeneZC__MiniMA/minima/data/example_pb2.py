stub: upstream file of 17910 bytes
