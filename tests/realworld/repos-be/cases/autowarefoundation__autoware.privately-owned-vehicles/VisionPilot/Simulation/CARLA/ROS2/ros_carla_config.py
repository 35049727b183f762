stub: upstream file of 5808 bytes
