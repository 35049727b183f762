stub: upstream file of 23289 bytes
