stub: upstream file of 26896 bytes
