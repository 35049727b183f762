stub: upstream file of 15602 bytes
