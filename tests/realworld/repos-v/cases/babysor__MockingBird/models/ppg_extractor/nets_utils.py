stub: upstream file of 15900 bytes
