stub: upstream file of 3588 bytes
