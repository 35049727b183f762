stub: upstream file of 2016 bytes
