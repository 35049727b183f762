stub: upstream file of 9164 bytes
