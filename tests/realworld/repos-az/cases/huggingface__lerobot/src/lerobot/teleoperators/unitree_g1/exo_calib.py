stub: upstream file of 18609 bytes
