stub: upstream file of 8688 bytes
