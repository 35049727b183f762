stub: upstream file of 26572 bytes
