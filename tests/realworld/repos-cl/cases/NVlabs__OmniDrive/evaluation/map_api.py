stub: upstream file of 116672 bytes
