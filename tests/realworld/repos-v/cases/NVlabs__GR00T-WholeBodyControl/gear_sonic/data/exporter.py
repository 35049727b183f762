stub: upstream file of 16641 bytes
