stub: upstream file of 6301 bytes
