stub: upstream file of 3043 bytes
