stub: upstream file of 15690 bytes
