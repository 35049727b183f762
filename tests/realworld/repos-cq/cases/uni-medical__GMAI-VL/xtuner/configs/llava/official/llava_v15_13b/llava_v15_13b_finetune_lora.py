stub: upstream file of 7180 bytes
