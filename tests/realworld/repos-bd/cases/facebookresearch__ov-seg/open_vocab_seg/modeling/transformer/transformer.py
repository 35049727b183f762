stub: upstream file of 12121 bytes
