stub: upstream file of 7651 bytes
