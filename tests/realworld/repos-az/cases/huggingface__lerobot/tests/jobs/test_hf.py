stub: upstream file of 18912 bytes
