stub: upstream file of 8498 bytes
