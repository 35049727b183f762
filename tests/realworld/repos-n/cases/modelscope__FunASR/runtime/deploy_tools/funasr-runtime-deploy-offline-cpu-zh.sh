stub: upstream file of 65090 bytes
