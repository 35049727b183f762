stub: upstream file of 41766 bytes
