stub: upstream file of 39074 bytes
