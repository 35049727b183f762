stub: upstream file of 99904 bytes
