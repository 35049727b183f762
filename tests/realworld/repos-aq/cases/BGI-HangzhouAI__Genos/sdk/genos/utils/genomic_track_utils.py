stub: upstream file of 10762 bytes
