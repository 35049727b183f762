stub: upstream file of 2497561 bytes
