stub: upstream file of 31289 bytes
