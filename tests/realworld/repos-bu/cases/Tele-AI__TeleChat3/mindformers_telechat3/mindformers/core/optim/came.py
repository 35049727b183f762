stub: upstream file of 23494 bytes
