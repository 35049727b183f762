stub: upstream file of 32289 bytes
