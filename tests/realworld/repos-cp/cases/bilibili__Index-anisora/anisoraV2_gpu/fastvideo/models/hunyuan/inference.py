stub: upstream file of 20324 bytes
