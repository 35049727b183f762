stub: upstream file of 10020 bytes
