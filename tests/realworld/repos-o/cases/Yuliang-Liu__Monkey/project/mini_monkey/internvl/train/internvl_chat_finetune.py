stub: upstream file of 37827 bytes
