stub: upstream file of 17805 bytes
