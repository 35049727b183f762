stub: upstream file of 35883 bytes
