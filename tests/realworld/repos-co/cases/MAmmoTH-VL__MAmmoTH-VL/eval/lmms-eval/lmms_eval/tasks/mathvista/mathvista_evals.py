stub: upstream file of 23641 bytes
