stub: upstream file of 14642 bytes
