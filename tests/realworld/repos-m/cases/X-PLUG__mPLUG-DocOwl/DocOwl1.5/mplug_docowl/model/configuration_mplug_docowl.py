stub: upstream file of 14847 bytes
