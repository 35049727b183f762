stub: upstream file of 3583 bytes
