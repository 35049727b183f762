stub: upstream file of 14558 bytes
