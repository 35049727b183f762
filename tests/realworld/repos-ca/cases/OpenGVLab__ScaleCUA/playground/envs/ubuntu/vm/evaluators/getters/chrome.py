stub: upstream file of 66289 bytes
