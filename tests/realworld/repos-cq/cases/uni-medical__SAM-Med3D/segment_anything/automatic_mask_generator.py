stub: upstream file of 15745 bytes
