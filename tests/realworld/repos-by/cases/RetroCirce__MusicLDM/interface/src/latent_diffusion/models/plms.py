stub: upstream file of 12839 bytes
