stub: upstream file of 25685 bytes
