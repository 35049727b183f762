stub: upstream file of 246477 bytes
