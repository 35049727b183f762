stub: upstream file of 592721 bytes
