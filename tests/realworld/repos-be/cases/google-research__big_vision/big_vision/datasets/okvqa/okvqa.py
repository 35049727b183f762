stub: upstream file of 7641 bytes
