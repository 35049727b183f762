stub: upstream file of 894359 bytes
