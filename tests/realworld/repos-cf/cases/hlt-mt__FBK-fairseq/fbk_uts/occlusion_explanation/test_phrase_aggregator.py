stub: upstream file of 21135 bytes
