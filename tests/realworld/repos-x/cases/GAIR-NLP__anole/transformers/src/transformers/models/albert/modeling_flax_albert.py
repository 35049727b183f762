stub: upstream file of 40739 bytes
