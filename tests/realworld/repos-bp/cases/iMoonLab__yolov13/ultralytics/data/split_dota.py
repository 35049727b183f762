stub: upstream file of 10720 bytes
