stub: upstream file of 98015 bytes
