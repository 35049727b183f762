stub: upstream file of 7777 bytes
