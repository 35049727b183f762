stub: upstream file of 3216 bytes
