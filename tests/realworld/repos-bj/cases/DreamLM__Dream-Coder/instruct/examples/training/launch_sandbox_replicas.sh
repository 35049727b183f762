stub: upstream file of 12068 bytes
