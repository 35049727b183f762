stub: upstream file of 14029 bytes
