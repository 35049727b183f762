stub: upstream file of 45360 bytes
