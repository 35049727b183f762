stub: upstream file of 1480721 bytes
