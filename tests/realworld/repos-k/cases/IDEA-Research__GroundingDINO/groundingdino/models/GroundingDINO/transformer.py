stub: upstream file of 36805 bytes
