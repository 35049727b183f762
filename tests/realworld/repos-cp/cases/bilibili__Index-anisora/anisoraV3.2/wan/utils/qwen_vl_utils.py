stub: upstream file of 13060 bytes
