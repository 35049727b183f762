stub: upstream file of 45942 bytes
