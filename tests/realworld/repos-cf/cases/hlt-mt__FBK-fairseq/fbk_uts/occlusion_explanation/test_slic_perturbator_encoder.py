stub: upstream file of 14261 bytes
