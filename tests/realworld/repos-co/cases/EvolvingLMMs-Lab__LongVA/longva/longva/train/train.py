stub: upstream file of 76203 bytes
