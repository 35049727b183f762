stub: upstream file of 18641 bytes
