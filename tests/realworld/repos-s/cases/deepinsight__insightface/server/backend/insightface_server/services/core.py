stub: upstream file of 39289 bytes
