stub: upstream file of 12736 bytes
