stub: upstream file of 21641 bytes
