stub: upstream file of 10138 bytes
