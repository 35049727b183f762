stub: upstream file of 20679 bytes
