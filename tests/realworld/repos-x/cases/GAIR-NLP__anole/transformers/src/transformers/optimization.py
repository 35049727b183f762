stub: upstream file of 39075 bytes
