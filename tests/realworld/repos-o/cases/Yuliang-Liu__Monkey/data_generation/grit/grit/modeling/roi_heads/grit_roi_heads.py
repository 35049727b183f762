stub: upstream file of 22561 bytes
