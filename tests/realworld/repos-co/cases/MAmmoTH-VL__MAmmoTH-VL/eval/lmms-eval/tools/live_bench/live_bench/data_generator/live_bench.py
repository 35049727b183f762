stub: upstream file of 7670 bytes
