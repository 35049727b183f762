stub: upstream file of 143494 bytes
