stub: upstream file of 39236 bytes
