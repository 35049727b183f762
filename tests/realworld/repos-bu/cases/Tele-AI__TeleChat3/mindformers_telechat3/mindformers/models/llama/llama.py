stub: upstream file of 50439 bytes
