stub: upstream file of 17168 bytes
