stub: upstream file of 25465 bytes
