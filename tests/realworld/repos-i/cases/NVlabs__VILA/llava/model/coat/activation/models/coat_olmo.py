stub: upstream file of 80097 bytes
