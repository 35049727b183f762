stub: upstream file of 9459 bytes
