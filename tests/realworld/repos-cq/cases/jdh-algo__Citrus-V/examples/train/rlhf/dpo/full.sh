stub: upstream file of 757 bytes
