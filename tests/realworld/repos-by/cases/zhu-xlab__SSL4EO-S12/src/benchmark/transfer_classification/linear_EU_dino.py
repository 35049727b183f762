stub: upstream file of 15820 bytes
