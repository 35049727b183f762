stub: upstream file of 9877 bytes
