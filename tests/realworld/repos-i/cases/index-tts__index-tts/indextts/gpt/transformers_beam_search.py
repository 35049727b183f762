stub: upstream file of 49570 bytes
