stub: upstream file of 59289 bytes
